export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is no page at this address. Try the <a href="/">list of stories</a> or{' '}
        <a href="/search/">search</a>.
      </p>
    </>
  );
}
