import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MonitoringPage } from '@/components/monitoring/MonitoringPage';
import '@/lib/panel/theme.css';
import '@/lib/monitoring-ui/monitoring.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <MonitoringPage />
    </StrictMode>,
  );
}
