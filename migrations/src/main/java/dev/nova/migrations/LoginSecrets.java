package dev.nova.migrations;

/** Where database logins are kept: Secrets Manager in AWS. */
@FunctionalInterface
public interface LoginSecrets {

    DatabaseLogin read(String secretId);
}
