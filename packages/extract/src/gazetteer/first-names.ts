import { wordSet } from './word-set.js';

/** Common given names from many languages: a capitalised word from these lists opens a PERSON name. */
export const MALE_NAMES = wordSet(`
aaron abdul abdullah abraham adam adrian ahmad ahmed alan albert alberto alejandro aleksandr alex alexander
alexandre alexei alfred ali alistair allen amir anatoly anders andre andrea andreas andrei andres andrew
andrzej angel anthony antoine anton antonio ari arnold arthur ashraf avi barack barry bashar ben benjamin
benny bernard bernie bill billy bob bobby boris brad bradley brandon brendan brent brett brian bruce bruno
bryan byron cameron carl carlos carlo cesar charles charlie chris christian christopher chuck clarence
claude clint cole colin conor craig cristiano curtis dale dan daniel danny dario darren dave david dean
dennis derek devin diego dmitri dmitry dominic don donald doug douglas duncan dustin dwight dylan eddie
edgar eduardo edward edwin elijah elon emmanuel enrique eric erik ernest ernesto esteban ethan eugene evan
fabio faisal fernando filip francesco francis francisco frank franklin franz fred frederick gabriel gary
gavin gene geoffrey george gerald gerhard giorgio giovanni giuseppe glenn gordon graham greg gregory guido
gustavo guy hamid hans harold harry hassan hector heinrich helmut henri henry herbert hugh hugo hussein ian
ibrahim igor ilya imran isaac ivan jack jacob jacques jaime jake james jamie jan jared jason javier jay
jean jeff jeffrey jens jeremy jerome jerry jesse jesus jim jimmy joachim joe joel johan johannes john
johnny jon jonathan jorge jose josef joseph josh joshua juan julian julio justin kamal karim karl keith
ken kenneth kevin khalid kim kirk klaus kofi konstantin kurt kyle lars larry lee leon leonardo leonid lewis
liam lionel lloyd louis luca lucas luigi luis luke lyndon malcolm manuel marc marco marcus mario mark
martin marvin mateo matt matteo matthew matthias maurice max maxim mehmet michael michel miguel mike mikhail
milan mitch mitt mohamed mohammad mohammed moshe muhammad mustafa nasser nathan neil nelson nicholas nick
nicola nicolas nigel nikolai noah norman oleg oliver omar oscar otto owen pablo paolo patrick paul pedro
pete peter petr phil philip philippe pierre piotr rafael ralph ramon randy raul ray raymond reza ricardo
richard rick rishi rob robert roberto robin rod rodrigo roger roman ron ronald rory ross roy ruben rudy
rupert russell ryan saeed salman sam samuel sanjay scott sean sebastian sergei sergey sergio seth shane
sharif shaun shimon silvio simon stanley stefan stephen steve steven stuart sunil tariq ted terry theo
theodore thierry thomas tim timothy toby todd tom tommy tony travis trevor troy tyler valentin valery
vasily victor viktor vincent vitaly vladimir vladislav volodymyr walter warren wayne wesley will william
willie wolfgang xavier yair yasser yevgeny yitzhak yossi youssef yuri zach zachary keir jair recep benjamin
narendra shinzo fumio xi hu deng mao jens olaf friedrich giorgia mark joko emmerson cyril muhammadu bola
abiy uhuru yoweri paul kim moon yoon lula javier gustavo nayib andres
`);

export const FEMALE_NAMES = wordSet(`
abigail ada adriana agnes aisha alexandra alexis alice alicia alina alison allison amanda amber amelia amy
ana anastasia andrea angela angelina anita ann anna anne annette antonia april ashley audrey barbara
beatrice becky belinda betty beverly bianca brenda bridget brittany camilla candace cara carla carmen
carol caroline carolyn catherine cathy cecilia charlotte chelsea cheryl chloe christina christine cindy
claire clara claudia colleen connie cynthia daisy dana daniela danielle daphne deborah debra denise diana
diane donna dora doris dorothy elaine eleanor elena elisabeth eliza elizabeth ella ellen emily emma erica
erin esther eva eve evelyn fatima fiona florence frances gabriela gabrielle gail georgia gina giulia gloria
grace gretchen hannah harriet hazel heather heidi helen helena hillary holly ilhan ingrid irene iris
isabel isabella ivanka jackie jacqueline jade jane janet janice jasmine jean jeanne jennifer jenny jessica
jill joan joanna jodie josephine joy joyce judith judy julia julie june karen karin kate katherine kathleen
kathryn kathy katie katrin kay kayla kelly kim kimberly kirsten kristen kristina laura lauren leah lena
leslie lily linda lisa liz lois lorraine louise lucia lucy lydia lynn madeleine maggie maria marian
marianne marie marina marine marion marjorie martha mary maureen maxine megan melania melanie melissa
meryl mia michaela michelle mildred miriam molly monica nadia nancy naomi natalia natalie natasha nicola
nicole nikki nina nora olga olivia paige pamela patricia paula pauline peggy penelope penny priti rachel
rebecca regina renee rita roberta rosa rosalind rose ruth sabrina sally samantha sandra sara sarah sharon
sheila shirley silvia simone sofia sonia sophia sophie stacey stella stephanie sue susan suzanne svetlana
sylvia tamara tanya tatiana teresa theresa tiffany tina tracy ursula valentina valerie vanessa vera
veronica victoria viktoria violet virginia wendy whitney yulia yvonne zoe angela kamala nancy liz giorgia
ursula kaja christine annalena jacinda sanna mette tsai benazir indira golda margaret theresa
`);
