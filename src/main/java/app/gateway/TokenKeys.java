package app.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RSA key pair that signs and verifies access tokens: from configuration, or from a
 * key file that is generated on first use and then kept, so tokens survive a restart.
 */
final class TokenKeys {

	static final String KEY_FILE_NAME = "token-signing-key.pem";

	private static final Logger log = LoggerFactory.getLogger(TokenKeys.class);

	private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";

	private static final String END = "-----END PRIVATE KEY-----";

	private TokenKeys() {
	}

	/**
	 * The configured key; else the one in the key file, generated there if missing.
	 * @throws NoSigningKey when neither a key nor a key file is configured
	 */
	static KeyPair load(GatewaySettings.Tokens settings, @Nullable Path defaultKeyFile) {
		if (settings.signingKey() != null && !settings.signingKey().isBlank()) {
			return fromPem(settings.signingKey(), "agora.gateway.tokens.signing-key");
		}
		var keyFile = settings.keyFile() != null ? settings.keyFile() : defaultKeyFile;
		if (keyFile == null) {
			throw new NoSigningKey();
		}
		try {
			if (Files.exists(keyFile)) {
				return fromPem(Files.readString(keyFile), keyFile.toString());
			}
			return generateInto(keyFile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or write the token signing key " + keyFile, ex);
		}
	}

	private static KeyPair generateInto(Path keyFile) throws IOException {
		KeyPair pair;
		try {
			var generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(3072);
			pair = generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("This JVM cannot generate RSA keys", ex);
		}
		var pem = BEGIN + "\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
			.encodeToString(pair.getPrivate().getEncoded()) + "\n" + END + "\n";
		Files.createDirectories(keyFile.toAbsolutePath().getParent());
		var written = Files.createTempFile(keyFile.toAbsolutePath().getParent(), ".signing-key", ".tmp");
		try {
			ownerOnly(written);
			Files.writeString(written, pem, StandardCharsets.US_ASCII);
			// A hard link appears complete and fails if the file exists, unlike a rename,
			// which would replace it: two instances starting at once keep the first key.
			Files.createLink(keyFile, written);
		}
		catch (FileAlreadyExistsException ex) {
			return fromPem(Files.readString(keyFile), keyFile.toString());
		}
		finally {
			Files.deleteIfExists(written);
		}
		log.info("Generated the access-token signing key in {}; tokens stay valid across restarts while it is kept",
				keyFile);
		return pair;
	}

	private static void ownerOnly(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system: the directory's permissions are all there is.
		}
	}

	private static KeyPair fromPem(String pem, String source) {
		var base64 = pem.replace(BEGIN, "").replace(END, "").replaceAll("\\s", "");
		try {
			var keys = KeyFactory.getInstance("RSA");
			var privateKey = (RSAPrivateCrtKey) keys
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
			if (privateKey.getModulus().bitLength() < 2048) {
				throw new IllegalStateException("The token signing key in " + source + " is shorter than 2048 bits");
			}
			var publicKey = (RSAPublicKey) keys
				.generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
			return new KeyPair(publicKey, privateKey);
		}
		catch (GeneralSecurityException | IllegalArgumentException | ClassCastException ex) {
			throw new IllegalStateException("The token signing key in " + source
					+ " is not an RSA private key in PKCS#8 PEM (make one with: openssl genpkey -algorithm RSA "
					+ "-pkeyopt rsa_keygen_bits:3072)", ex);
		}
	}

	/** Neither a signing key nor a file to keep one in is configured. */
	static class NoSigningKey extends IllegalStateException {

		NoSigningKey() {
			super("No access-token signing key is configured");
		}

	}

}
