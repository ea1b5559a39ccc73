import { onDocumentCreated } from "firebase-functions/v2/firestore";
import { logger } from "firebase-functions";
import { db } from "../lib/admin";
import { escapeHtml } from "../lib/html";
import { newInviteCode } from "../lib/tokens";

export const onPatientCreated = onDocumentCreated("clinics/{clinicId}/patients/{patientId}", async (event) => {
  const patient = event.data?.data();
  if (!patient) return;
  const code = newInviteCode();
  await db.collection("clinics").doc(event.params.clinicId).collection("invites").doc(code).set({
    patientId: event.params.patientId,
    createdAt: new Date(),
  });
  await db.collection("mail").add({
    to: patient.email,
    message: {
      subject: "Welcome to Brightside",
      html: `<p>Hello ${escapeHtml(patient.firstName)},</p><p>Your invite code is <b>${code}</b>.</p>`,
    },
  });
  logger.info("welcome mail queued", { patientId: event.params.patientId });
});
