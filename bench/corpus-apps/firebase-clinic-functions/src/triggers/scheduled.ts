import { onSchedule } from "firebase-functions/v2/scheduler";
import { onMessagePublished } from "firebase-functions/v2/pubsub";
import { logger } from "firebase-functions";
import { execFile } from "child_process";
import { promisify } from "util";
import { Timestamp } from "firebase-admin/firestore";
import { db, bucket } from "../lib/admin";
import { getPool } from "../lib/pg";
import { REGION, pgConnectionString } from "../config";

const execFileAsync = promisify(execFile);

export const purgeExpiredInvites = onSchedule({ region: REGION, schedule: "every day 03:00", timeZone: "Europe/London" }, async () => {
  const cutoff = Timestamp.fromMillis(Date.now() - 30 * 24 * 3600 * 1000);
  const snap = await db.collectionGroup("invites").where("createdAt", "<", cutoff).limit(400).get();
  const batch = db.batch();
  snap.docs.forEach((d) => batch.delete(d.ref));
  await batch.commit();
  logger.info("purged invites", { count: snap.size });
});

export const nightlyBackup = onSchedule({ region: REGION, schedule: "every day 02:00", secrets: [pgConnectionString] }, async () => {
  const file = `/tmp/clinic-${new Date().toISOString().slice(0, 10)}.dump`;
  // safe: CWE-78
  await execFileAsync("pg_dump", ["--format=custom", "--file", file, pgConnectionString.value()]);
  await bucket.upload(file, { destination: `backups/${file.split("/").pop()}` });
});

// Reminder requests published by the booking service.
export const sendReminder = onMessagePublished({ region: REGION, topic: "appointment-reminders", secrets: [pgConnectionString] }, async (event) => {
  const { slotId } = event.data.message.json as { slotId: string };
  // safe: CWE-89
  const { rows } = await getPool().query("SELECT patient_uid, starts_at FROM slots WHERE id = $1", [slotId]);
  if (!rows.length) return;
  await db.collection("mail").add({
    toUids: [rows[0].patient_uid],
    template: { name: "reminder", data: { startsAt: rows[0].starts_at } },
  });
});
