// The web UI's entry: adopt a token from the address, then render the app. Everything the page
// shows that comes from articles is rendered as React text nodes, never as HTML.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { adoptTokenFromLocation } from './api.js';
import { App } from './App.js';
import './styles.css';

adoptTokenFromLocation();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
