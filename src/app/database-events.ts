// Follows what happens to the database while the page is open (storage/db.ts tells) and sets the
// state every writer asks and the shell shows. Loaded with the app layer (start, every writer).
import { onDatabaseEvent } from '../storage/db';
import { databaseState } from './database-state';

onDatabaseEvent((e) => {
  if (e === 'open') {
    // a blocked upgrade went ahead; a vanished database stays vanished until restored
    if (databaseState.value === 'blocked') databaseState.value = 'ok';
  } else if (databaseState.value !== 'newerVersion') databaseState.value = e; // a newer version is final for this page
});
