const NAV = [
  { href: '/', label: 'Stories' },
  { href: '/quotes/', label: 'Quotes' },
  { href: '/timeline/', label: 'Timeline' },
  { href: '/graph/', label: 'Who met whom' },
  { href: '/search/', label: 'Search' },
  { href: '/data/', label: 'Data' },
];

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <a className="site-name" href="/">
        Dispatch
      </a>
      <nav aria-label="Site">
        <ul>
          {NAV.map((item) => (
            <li key={item.href}>
              <a href={item.href}>{item.label}</a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
