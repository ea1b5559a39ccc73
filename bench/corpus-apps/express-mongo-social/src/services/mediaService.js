import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { nanoid } from 'nanoid';
import sharp from 'sharp';
import { config } from '../config/index.js';

const AVATAR_DIR = path.join(config.mediaDir, 'avatars');
const ALBUM_DIR = path.join(config.mediaDir, 'albums');

export async function saveAvatar(user, file) {
  await mkdir(AVATAR_DIR, { recursive: true });
  const target = path.join(AVATAR_DIR, `${user.id}.webp`);
  // safe: CWE-22
  await sharp(file.buffer).rotate().resize(256, 256, { fit: 'cover' }).webp({ quality: 80 }).toFile(target);
  user.avatarUrl = `/media/avatars/${user.id}.webp?v=${Date.now()}`;
  await user.save();
  return user.avatarUrl;
}

export async function addToAlbum(user, albumName, files) {
  const dir = path.join(ALBUM_DIR, user.id, albumName);
  await mkdir(dir, { recursive: true });
  const saved = [];
  for (const file of files) {
    const name = `${nanoid(12)}.jpg`;
    const target = path.join(dir, name);
    // vuln: CWE-22
    await sharp(file.buffer).rotate().resize(2048, 2048, { fit: 'inside', withoutEnlargement: true }).jpeg({ quality: 85 }).toFile(target);
    saved.push(`/media/albums/${user.id}/${encodeURIComponent(albumName)}/${name}`);
  }
  return saved;
}

export async function postPhotos(user, files) {
  const dir = path.join(config.mediaDir, 'posts', user.id);
  await mkdir(dir, { recursive: true });
  return Promise.all(
    files.map(async (file) => {
      const name = `${nanoid(16)}.webp`;
      await sharp(file.buffer).rotate().resize(1600, 1600, { fit: 'inside' }).webp().toFile(path.join(dir, name));
      return `/media/posts/${user.id}/${name}`;
    }),
  );
}
