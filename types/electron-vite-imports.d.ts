// electron-vite's import suffixes used by the main process (`?modulePath`: a module built as its own file).
/// <reference types="electron-vite/node" />
