// In this file, all Page components from 'src/pages` are auto-imported. Nested
// directories are supported, and should be uppercase. Each subdirectory will be
// prepended onto the component name.
//
// Examples:
//
// 'src/pages/HomePage/HomePage.js'         -> HomePage
// 'src/pages/Admin/BooksPage/BooksPage.js' -> AdminBooksPage

import { PrivateSet, Router, Route, Set } from '@redwoodjs/router'

import MainLayout from 'src/layouts/MainLayout'

import { useAuth } from './auth'

const Routes = () => {
  return (
    <Router useAuth={useAuth}>
      <Set wrap={MainLayout}>
        <Route path="/" page={HomePage} name="home" />
        <Route path="/programs" page={ProgramsPage} name="programs" />
        <Route path="/login" page={LoginPage} name="login" />
        <Route path="/signup" page={SignupPage} name="signup" />
        <Route path="/forgot-password" page={ForgotPasswordPage} name="forgotPassword" />
        <Route path="/reset-password" page={ResetPasswordPage} name="resetPassword" />
        <Route path="/out" page={OutboundPage} name="outbound" />
        <PrivateSet unauthenticated="login">
          <Route path="/applications/{id:Int}" page={ApplicationPage} name="application" />
          <Route path="/invitations/accept" page={AcceptInvitationPage} name="acceptInvitation" />
        </PrivateSet>
        <PrivateSet unauthenticated="login" roles={['reviewer', 'officer']}>
          <Route path="/review/{programId:Int}" page={ReviewQueuePage} name="reviewQueue" />
        </PrivateSet>
      </Set>
      <Route notfound page={NotFoundPage} />
    </Router>
  )
}

export default Routes
