import { createApp } from './app.js';

// The entry point: the only file with a side effect (listening).
const port = Number(process.env.PORT ?? 8080);
const server = createApp({ version: process.env.APP_VERSION ?? 'dev' });
server.listen(port, () => console.log(`listening on :${port}`));
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));
