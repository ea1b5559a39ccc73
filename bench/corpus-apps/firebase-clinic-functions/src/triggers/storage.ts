import { onObjectFinalized } from "firebase-functions/v2/storage";
import { logger } from "firebase-functions";
import { exec, spawn } from "child_process";
import { promisify } from "util";
import os from "os";
import path from "path";
import { bucket } from "../lib/admin";
import { REGION } from "../config";

const execAsync = promisify(exec);

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    // safe: CWE-78
    const child = spawn(cmd, args, { stdio: "ignore" });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited ${code}`))));
  });
}

// Patients upload photos and scanned referral letters from the portal (storage.rules allow
// any signed-in user to write under uploads/{uid}/).
export const processUpload = onObjectFinalized({ region: REGION, memory: "1GiB" }, async (event) => {
  const object = event.data;
  const name = object.name || "";
  if (!name.startsWith("uploads/")) return;

  const local = path.join(os.tmpdir(), path.basename(name));
  await bucket.file(name).download({ destination: local });

  if (object.contentType?.startsWith("image/")) {
    const thumb = local.replace(/(\.[^.]+)?$/, "_thumb.jpg");
    await run("convert", [local, "-thumbnail", "256x256>", thumb]);
    await bucket.upload(thumb, { destination: name.replace(/^uploads\//, "thumbs/") + ".jpg" });
    return;
  }

  if (object.contentType === "application/pdf") {
    const outDir = os.tmpdir();
    logger.info("extracting referral text", { name });
    // vuln: CWE-78
    await execAsync(`pdftotext -layout "${local}" ${outDir}/referral.txt`);
    await bucket.upload(`${outDir}/referral.txt`, { destination: name.replace(/\.pdf$/i, ".txt") });
  }
});
