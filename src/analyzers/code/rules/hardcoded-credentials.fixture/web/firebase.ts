import { initializeApp } from 'firebase/app'

// A browser app's Firebase settings: the key identifies the project and is public by design.
const firebaseConfig = {
  // ok: js/hardcoded-credentials
  apiKey: 'AIzaSyD4x9Qm2fT7kLw8vB3nR6pJ1sH5cE0gUaZ',
  authDomain: 'crm-demo.firebaseapp.com',
  projectId: 'crm-demo',
  appId: '1:849301744:web:6f2a1c7d9e3b5a0f',
}

export const firebase = initializeApp(firebaseConfig)
