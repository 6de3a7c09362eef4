import 'reflect-metadata';
process.env.CONCORDIA_LOG_LEVEL ??= 'error';
