import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'claimledger-demo';
export const demoEmail = (role: string) => `${role}@demo.claimledger.org`;

export class SignInPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto('/sign-in');
  }

  async submit(email: string, password: string) {
    await this.page.getByLabel('Email').fill(email);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }

  /** Signs in as the demo account of a role and waits for the article list. */
  async signInAs(role: string) {
    await this.goto();
    await this.submit(demoEmail(role), DEMO_PASSWORD);
    await expect(this.page.getByTestId('signed-in-as')).toContainText(`(${role})`);
  }
}
