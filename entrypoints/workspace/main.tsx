import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Workspace } from '@/components/workspace/Workspace';
import '@/lib/panel/theme.css';
import '@/lib/workspace-ui/workspace.css';
import '@/lib/monitoring-ui/monitoring.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Workspace />
    </StrictMode>,
  );
}
