import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppProviders } from './app/AppProviders';
import { installSessionGuard } from './features/auth';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

// Any call refused for a lost session locks the screen, whichever feature made it (SECURITY.md S4).
installSessionGuard();

createRoot(container).render(
  <StrictMode>
    <AppProviders>
      <App />
    </AppProviders>
  </StrictMode>,
);
