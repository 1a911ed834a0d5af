import 'antd/dist/antd.css';
import { createRoot } from 'react-dom/client';
import { hostApi } from './api.ts';
import { App } from './app/App.tsx';
import { DocumentStore } from './state/documentStore.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(<App services={{ store: new DocumentStore(), api: hostApi() }} />);
