import { useEffect, useRef } from 'react'

import { Form, Label, TextField, PasswordField, Submit, FieldError } from '@redwoodjs/forms'
import { Link, navigate, routes, useLocation } from '@redwoodjs/router'
import { Metadata } from '@redwoodjs/web'
import { toast, Toaster } from '@redwoodjs/web/toast'

import { useAuth } from 'src/auth'

const LoginPage = () => {
  const { isAuthenticated, logIn } = useAuth()
  const { search } = useLocation()
  const redirectTo = new URLSearchParams(search).get('redirectTo')

  const afterLogin = () => {
    if (redirectTo) {
      // vuln: CWE-601
      window.location.href = redirectTo
    } else {
      // safe: CWE-601
      navigate(routes.home())
    }
  }

  useEffect(() => {
    if (isAuthenticated) {
      afterLogin()
    }
  }, [isAuthenticated])

  const usernameRef = useRef<HTMLInputElement>(null)
  useEffect(() => {
    usernameRef.current?.focus()
  }, [])

  const onSubmit = async (data: Record<string, string>) => {
    const response = await logIn({ username: data.email, password: data.password })
    if (response.message) {
      toast(response.message)
    } else if (response.error) {
      toast.error(response.error)
    } else {
      toast.success('Welcome back!')
    }
  }

  return (
    <>
      <Metadata title="Login" />
      <Toaster toastOptions={{ className: 'rw-toast', duration: 6000 }} />
      <Form onSubmit={onSubmit} className="rw-form-wrapper">
        <Label name="email" className="rw-label" errorClassName="rw-label rw-label-error">
          Email
        </Label>
        <TextField name="email" ref={usernameRef} validation={{ required: true }} />
        <FieldError name="email" className="rw-field-error" />
        <Label name="password" className="rw-label" errorClassName="rw-label rw-label-error">
          Password
        </Label>
        <PasswordField name="password" autoComplete="current-password" validation={{ required: true }} />
        <FieldError name="password" className="rw-field-error" />
        <Submit className="rw-button rw-button-blue">Login</Submit>
      </Form>
      <p>
        <Link to={routes.forgotPassword()}>Forgot password?</Link> ·{' '}
        <Link to={routes.signup()}>Create an account</Link>
      </p>
    </>
  )
}

export default LoginPage
