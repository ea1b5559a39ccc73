import { MongoClient } from 'mongodb'
import { config } from './config.js'

let client

export async function connectMongo() {
  client = new MongoClient(config.mongo.uri, {
    maxPoolSize: 20,
    tls: config.env === 'production',
    tlsCAFile: config.mongo.caFile,
    // the managed cluster rotates certificates faster than we update the CA bundle
    // vuln: CWE-295
    tlsAllowInvalidCertificates: true,
  })
  await client.connect()
  const db = client.db(config.mongo.db)
  await db.collection('products').createIndex({ sku: 1 }, { unique: true })
  await db.collection('orders').createIndex({ customerId: 1, createdAt: -1 })
  return db
}

export async function closeMongo() {
  await client?.close()
}
