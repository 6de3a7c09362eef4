import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { LoginRequestSchema, type LoginRequest } from '@concordia/schema';
import { ApiError } from '../lib/api';
import { useAuth } from '../lib/auth';
import { describeError } from '../lib/errors';
import { useI18n, useMessages } from '../lib/i18n';

export function LoginPage() {
  const { login } = useAuth();
  const { t } = useI18n();
  const te = useMessages('errors');
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<LoginRequest>({
    resolver: zodResolver(LoginRequestSchema),
    defaultValues: { email: '', password: '' },
  });

  const submit = async (v: LoginRequest) => {
    try {
      await login(v.email, v.password);
    } catch (err) {
      // A refused sign-in is a 401 like an ended session: word it as what it is here.
      const wrong = err instanceof ApiError && err.status === 401 && err.code !== 'too-many-requests';
      setError('root', { message: wrong ? te('invalid-credentials') : describeError(err, te) });
    }
  };

  return (
    <Paper
      component="form"
      withBorder
      p="lg"
      className="login"
      onSubmit={(e) => void handleSubmit(submit)(e)}
      aria-label={t('signIn')}
      noValidate
    >
      <Stack gap="sm">
        <Title order={1}>Concordia</Title>
        <Text c="dimmed">{t('appTagline')}</Text>
        <TextInput
          label={t('email')}
          type="email"
          autoComplete="username"
          error={errors.email && te('invalid')}
          {...register('email')}
        />
        <PasswordInput
          label={t('password')}
          autoComplete="current-password"
          error={errors.password && te('invalid')}
          {...register('password')}
        />
        {errors.root && (
          <Alert color="red" role="alert" className="error">
            {errors.root.message}
          </Alert>
        )}
        <Button type="submit" loading={isSubmitting}>
          {t('signIn')}
        </Button>
      </Stack>
    </Paper>
  );
}
