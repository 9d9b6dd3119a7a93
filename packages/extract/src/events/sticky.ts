const stickies = new Map<RegExp, RegExp>();

/** `re` anchored where lastIndex points (same flags otherwise), made once per pattern. */
export function sticky(re: RegExp): RegExp {
  let s = stickies.get(re);
  if (!s) {
    s = new RegExp(re.source, `${re.flags.replace('g', '')}y`);
    stickies.set(re, s);
  }
  return s;
}
