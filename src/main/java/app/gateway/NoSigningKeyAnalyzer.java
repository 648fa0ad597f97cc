package app.gateway;

import app.gateway.TokenKeys.NoSigningKey;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says what to configure when Agora has no key to sign access tokens with. */
class NoSigningKeyAnalyzer extends AbstractFailureAnalyzer<NoSigningKey> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, NoSigningKey cause) {
		return new FailureAnalysis(
				"Agora has no key to sign access tokens with. With an external database it never makes one up, "
						+ "because every instance must sign with the same key.",
				"Set AGORA_GATEWAY_TOKENS_SIGNING_KEY to an RSA private key in PKCS#8 PEM (make one with: openssl "
						+ "genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072), or set agora.gateway.tokens.key-file "
						+ "to a file where Agora may generate and keep one.",
				cause);
	}

}
