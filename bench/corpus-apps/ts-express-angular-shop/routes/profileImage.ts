import fs = require('fs')
import path = require('path')
import crypto = require('crypto')
import axios from 'axios'
import { Request, Response, NextFunction } from 'express'
import { models } from '../models'

const UPLOAD_DIR = path.join(__dirname, '..', 'frontend', 'dist', 'assets', 'public', 'images', 'uploads')

function storeImage (userId: number, data: Buffer, contentType: string): string {
  const ext = contentType === 'image/png' ? 'png' : 'jpg'
  const fileName = `${userId}-${crypto.randomBytes(4).toString('hex')}.${ext}`
  fs.writeFileSync(path.join(UPLOAD_DIR, fileName), data)
  return `/assets/public/images/uploads/${fileName}`
}

export function profileImageUrlUpload () {
  return async (req: Request, res: Response, next: NextFunction) => {
    const url = String(req.body.imageUrl ?? '')
    if (!/^https?:\/\//i.test(url)) {
      res.status(400).json({ status: 'error', message: 'Image URL expected' })
      return
    }
    try {
      // vuln: CWE-918
      const response = await axios.get(url, { responseType: 'arraybuffer', timeout: 5000, maxContentLength: 2_000_000 })
      const stored = storeImage(res.locals.user.id, Buffer.from(response.data), String(response.headers['content-type']))
      await models.User.update({ profileImage: stored }, { where: { id: res.locals.user.id } })
      res.json({ status: 'success', profileImage: stored })
    } catch (err) {
      next(err)
    }
  }
}

// "Use my Gravatar" button.
export function profileImageFromGravatar () {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const hash = crypto.createHash('md5').update(String(res.locals.user.email).trim().toLowerCase()).digest('hex')
      // safe: CWE-918
      const response = await axios.get(`https://www.gravatar.com/avatar/${hash}`, { params: { s: 256, d: '404' }, responseType: 'arraybuffer', timeout: 5000 })
      const stored = storeImage(res.locals.user.id, Buffer.from(response.data), String(response.headers['content-type']))
      await models.User.update({ profileImage: stored }, { where: { id: res.locals.user.id } })
      res.json({ status: 'success', profileImage: stored })
    } catch (err) {
      next(err)
    }
  }
}
