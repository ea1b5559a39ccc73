import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { execFileSync, execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const s3 = new S3Client({});
const BUCKET = process.env.BUCKET!;

export const thumbnail = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const key = event.queryStringParameters?.key ?? '';
  const size = event.queryStringParameters?.size ?? '128';
  // ruleid: js/command-injection
  execSync(`convert /tmp/${key} -resize ${size}x${size} /tmp/thumb.png`);
  return { statusCode: 200, body: readFileSync('/tmp/thumb.png').toString('base64'), isBase64Encoded: true };
};

export const thumbnailSafe = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const size = Math.min(Math.max(Number(event.queryStringParameters?.size) || 128, 16), 1024);
  // ok: js/command-injection
  execFileSync('convert', ['/tmp/input.png', '-resize', `${size}x${size}`, '/tmp/thumb.png']);
  return { statusCode: 200, body: readFileSync('/tmp/thumb.png').toString('base64'), isBase64Encoded: true };
};

export const readLocal = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const name = event.pathParameters?.name ?? '';
  // ruleid: js/path-traversal
  const text = readFileSync(`/var/task/templates/${name}`, 'utf8');
  return { statusCode: 200, body: text };
};

export const presign = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const key = `uploads/${encodeURIComponent(event.pathParameters?.name ?? '')}`;
  // ok: js/path-traversal
  const url = await getSignedUrl(s3, new GetObjectCommand({ Bucket: BUCKET, Key: key }), { expiresIn: 300 });
  return { statusCode: 200, body: JSON.stringify({ url }) };
};

export const greet = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const name = event.queryStringParameters?.name ?? 'there';
  return {
    statusCode: 200,
    headers: { 'Content-Type': 'text/html' },
    // ruleid: js/xss
    body: `<html><body><h1>Hi ${name}</h1></body></html>`,
  };
};

export const go = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => ({
  statusCode: 302,
  // ruleid: js/open-redirect
  headers: { Location: event.queryStringParameters?.to ?? '/' },
  body: '',
});
