import { Component } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { ApiService } from '../shared/api.service';

@Component({
  selector: 'app-login',
  standalone: true,
  imports: [FormsModule],
  templateUrl: './login.component.html',
})
export class LoginComponent {
  email = '';
  password = '';
  error = '';

  constructor(private readonly api: ApiService, private readonly route: ActivatedRoute, private readonly router: Router) {}

  submit(): void {
    this.api.login(this.email, this.password).subscribe({
      next: ({ token }) => {
        sessionStorage.setItem('token', token);
        const returnUrl = this.route.snapshot.queryParams['returnUrl'] || '/';
        if (this.route.snapshot.queryParams['external']) {
          // vuln: CWE-601, CWE-79
          window.location.href = returnUrl;
          return;
        }
        // safe: CWE-601
        this.router.navigateByUrl(returnUrl);
      },
      error: () => {
        this.error = 'Wrong e-mail or password';
      },
    });
  }
}
