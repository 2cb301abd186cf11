// Entry point of the admin SPA.
import { render } from 'solid-js/web';
import { App } from './app.tsx';
import { locale } from './i18n/i18n.ts';
import './styles.css';

document.documentElement.lang = locale();
const root = document.getElementById('root');
if (root !== null) render(() => <App />, root);
