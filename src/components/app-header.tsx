import { Link, NavLink } from 'react-router';
import styles from './app-header.module.css';
import { GlobalSearch } from './global-search';

const links = [
  { to: '/', label: 'Library', end: true },
  { to: '/annotations', label: 'Annotations', end: false },
  { to: '/tags', label: 'Tags', end: false },
  { to: '/compare', label: 'Compare', end: false },
  { to: '/adjudicate', label: 'Adjudicate', end: false },
  { to: '/data', label: 'Export & import', end: false },
  { to: '/settings', label: 'Settings', end: false },
];

/** The top bar: the brand and the "Main" navigation. */
export function AppHeader() {
  return (
    <header className={styles.header}>
      <Link to="/" className={styles.brand} aria-label="Gloss, go to library">
        <img src="/favicon.svg" alt="" className={styles.logo} />
        <span>Gloss</span>
      </Link>
      <nav aria-label="Main" className={styles.nav}>
        <ul>
          {links.map((link) => (
            <li key={link.to}>
              <NavLink to={link.to} end={link.end}>
                {link.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <GlobalSearch />
    </header>
  );
}
