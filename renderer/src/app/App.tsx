import { ServicesProvider, type AppServices } from '../state/context.tsx';
import './app.css';
import { LocaleProvider } from './locale/LocaleProvider.tsx';
import { Workspace } from './Workspace.tsx';

/** The renderer: services (store and host API), language and theme, then the welcome view or the editor. */
export function App({ services }: { services: AppServices }) {
  return (
    <ServicesProvider services={services}>
      <LocaleProvider>
        <Workspace />
      </LocaleProvider>
    </ServicesProvider>
  );
}
