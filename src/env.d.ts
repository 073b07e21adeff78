/** The app version (package.json), with the build id where one was given. */
declare const __APP_VERSION__: string;
