const { app } = require('@azure/functions');
const fs = require('fs/promises');
const path = require('path');
const { BlobServiceClient } = require('@azure/storage-blob');
const { requireUser } = require('../lib/auth');
const { notFound } = require('../lib/responses');

// Receipts are mirrored to the Azure Files mount for the legacy expenses tool.
const RECEIPTS_ROOT = process.env.RECEIPTS_ROOT || '/mounts/receipts';
const blobs = BlobServiceClient.fromConnectionString(process.env.AzureWebJobsStorage).getContainerClient('receipts');

app.http('receiptDownload', {
  methods: ['GET'],
  authLevel: 'anonymous',
  route: 'receipts/{employeeId}/{fileName}',
  handler: async (request) => {
    const user = requireUser(request);
    if (!user) return { status: 401 };
    const file = path.join(RECEIPTS_ROOT, request.params.employeeId, request.params.fileName);
    try {
      // vuln: CWE-22
      const body = await fs.readFile(file);
      return { status: 200, body, headers: { 'content-type': 'application/octet-stream' } };
    } catch {
      return notFound();
    }
  },
});

app.http('receiptUpload', {
  methods: ['POST'],
  authLevel: 'anonymous',
  route: 'receipts',
  handler: async (request, context) => {
    const user = requireUser(request);
    if (!user) return { status: 401 };
    const form = await request.formData();
    const file = form.get('file');
    if (!file || typeof file === 'string') return { status: 400 };
    const dir = path.resolve(RECEIPTS_ROOT, String(Number(user.sub)));
    const target = path.resolve(dir, path.basename(file.name));
    if (!target.startsWith(dir + path.sep)) return { status: 400 };
    const data = Buffer.from(await file.arrayBuffer());
    await fs.mkdir(dir, { recursive: true });
    // safe: CWE-22
    await fs.writeFile(target, data);
    await blobs.getBlockBlobClient(`${Number(user.sub)}/${path.basename(target)}`).uploadData(data);
    context.log(`receipt stored for employee ${Number(user.sub)}`);
    return { status: 201, jsonBody: { name: path.basename(target) } };
  },
});
