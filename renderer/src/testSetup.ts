import { configure } from '@testing-library/react';

// findBy*/waitFor give up after 1 s by default. The component tests share two cores with Chromium, LibreOffice and
// the e2e specs in one run, and an antd message or popup can take longer than that to appear there; a real
// defect still fails, only later.
configure({ asyncUtilTimeout: 5000 });
