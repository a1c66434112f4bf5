/** Starts the explorer in the page the server sent, in place of its loading note. */
import { render } from 'preact';
import { App } from './app';
import './style.css';

const root = document.getElementById('app')!;
root.textContent = '';
render(<App />, root);
