// A second (third…) process on the same store, for two-process.test.ts:
//   node --import tsx store-process.fixture.ts '<openStore options as JSON>' <task> [treeId] [count]
// Each prints "opened" once the store is open (and migrated). Tasks: `watch` prints "ready", then "heard <epoch ms>" once treeId is published;
// `publish` publishes count versions, printing "published <version> <epoch ms>";
// `write` publishes, saves a draft and appends an audit entry in a loop until its stdin
// closes, then prints "written <rounds>".
import { openStore } from './open-store.ts';

const [optionsJson = '{}', task, treeId = 'woonkans', count = '1'] = process.argv.slice(2);
const store = await openStore(JSON.parse(optionsJson));
console.log('opened');
const content = (label: string) => ({ tree: { label }, scenarios: [] });

if (task === 'watch') {
  const timeout = setTimeout(() => {
    console.error(`watch: ${treeId} not heard within 15 s`);
    process.exit(1);
  }, 15_000);
  const stop = await store.watchPublished((id) => {
    if (id !== treeId) return;
    console.log(`heard ${Date.now()}`);
    clearTimeout(timeout);
    stop();
    void store.close();
  });
  console.log('ready');
} else if (task === 'publish') {
  for (let n = 0; n < Number(count); n++) {
    const version = await store.publish(
      treeId,
      content(`${process.pid}-${n}`),
      `pid ${process.pid}`,
      null,
    );
    console.log(`published ${version.version} ${Date.now()}`);
  }
  await store.close();
} else if (task === 'write') {
  let stdinOpen = true;
  process.stdin.on('end', () => {
    stdinOpen = false;
  });
  process.stdin.resume();
  let written = 0;
  while (stdinOpen) {
    await store.publish(treeId, content(`${process.pid}-${written}`), `pid ${process.pid}`, null);
    const draft = await store.draft(treeId);
    await store.saveDraft(treeId, content(`draft ${written}`), draft?.revision ?? 0, null);
    await store.audit({ actor: null, action: 'test-write', subject: treeId, detail: { written } });
    written++;
    if (written === 1) console.log('writing');
    // better-sqlite3 answers synchronously: a pause lets the stdin 'end' event
    // through, and leaves the CPU to the other processes of the test.
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  console.log(`written ${written}`);
  await store.close();
} else {
  console.error(`unknown task ${task}`);
  process.exitCode = 2;
}
