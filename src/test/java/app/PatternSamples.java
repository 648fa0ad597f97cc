package app;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Strings that match a regular expression of the simple kind schemas use: anchors,
 * literals, escapes ({@code \d \s \S \w}), character classes with ranges and the
 * quantifiers {@code ? * + {n} {n,} {n,m}}, and negated classes, sampled from ordinary
 * characters. Anything richer (groups, alternatives) is refused rather than guessed at:
 * give such a schema an {@code example}.
 */
final class PatternSamples {

	/** How long the repeated parts of a sample are. */
	enum Length {

		SHORTEST, LONGEST, ANY

	}

	// An unbounded repetition (+, *, {n,}) is sampled at most this many times beyond its
	// minimum.
	private static final int UNBOUNDED_EXTRA = 20;

	private static final String VISIBLE = IntStream.rangeClosed(0x21, 0x7E)
		.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
		.toString();

	// Beyond ASCII, for the classes that exclude characters rather than list them.
	private static final String OTHER_LETTERS = " äöüßéñЖ中";

	private static final String DIGITS = "0123456789";

	private static final String WORD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_";

	private PatternSamples() {
	}

	static String matching(String pattern, Length length, Random random) {
		var sample = new StringBuilder();
		for (var atom : atoms(pattern)) {
			int times = switch (length) {
				case SHORTEST -> atom.min();
				case LONGEST -> atom.max();
				case ANY -> atom.min() + random.nextInt(atom.max() - atom.min() + 1);
			};
			for (int i = 0; i < times; i++) {
				sample.append(atom.characters().charAt(random.nextInt(atom.characters().length())));
			}
		}
		if (!Pattern.compile(pattern).matcher(sample).find()) {
			throw new IllegalStateException("Sampled '" + sample + "' does not match " + pattern);
		}
		return sample.toString();
	}

	/**
	 * A string close to a matching one that does not match: a space before or after it, a
	 * character no pattern of this kind starts with, or a control character.
	 */
	static String notMatching(String pattern, String matching) {
		var regex = Pattern.compile(pattern);
		for (var candidate : List.of(" " + matching, matching + " ", "\u00A7" + matching, matching + matching,
				matching + "\u0007", "\u202E" + matching)) {
			if (!regex.matcher(candidate).find()) {
				return candidate;
			}
		}
		throw new IllegalStateException("Found no string near '" + matching + "' that breaks " + pattern);
	}

	/** One character class, repeated between min and max times. */
	private record Atom(String characters, int min, int max) {
	}

	private static List<Atom> atoms(String pattern) {
		var atoms = new ArrayList<Atom>();
		int i = pattern.startsWith("^") ? 1 : 0;
		int end = pattern.endsWith("$") && !pattern.endsWith("\\$") ? pattern.length() - 1 : pattern.length();
		while (i < end) {
			char c = pattern.charAt(i);
			String characters;
			if (c == '\\') {
				characters = escape(pattern.charAt(i + 1));
				i += 2;
			}
			else if (c == '[') {
				int close = pattern.indexOf(']', i + 1);
				characters = characterClass(pattern.substring(i + 1, close), pattern);
				i = close + 1;
			}
			else if ("()|^.$".indexOf(c) >= 0) {
				throw new IllegalArgumentException(
						"Pattern too rich to sample, give its schema an example: " + pattern);
			}
			else {
				characters = String.valueOf(c);
				i++;
			}
			int min = 1;
			int max = 1;
			if (i < end && "?*+{".indexOf(pattern.charAt(i)) >= 0) {
				char quantifier = pattern.charAt(i);
				if (quantifier == '{') {
					int close = pattern.indexOf('}', i);
					var bounds = pattern.substring(i + 1, close).split(",", -1);
					min = Integer.parseInt(bounds[0]);
					max = bounds.length == 1 ? min
							: bounds[1].isEmpty() ? min + UNBOUNDED_EXTRA : Integer.parseInt(bounds[1]);
					i = close + 1;
				}
				else {
					min = quantifier == '+' ? 1 : 0;
					max = quantifier == '?' ? 1 : min + UNBOUNDED_EXTRA;
					i++;
				}
			}
			atoms.add(new Atom(characters, min, max));
		}
		return atoms;
	}

	private static String escape(char escaped) {
		return switch (escaped) {
			case 'd' -> DIGITS;
			case 'w' -> WORD;
			case 's' -> " ";
			case 'S' -> VISIBLE;
			default -> String.valueOf(escaped);
		};
	}

	private static String characterClass(String members, String pattern) {
		if (members.startsWith("^")) {
			// A negated class: the ordinary characters it leaves, as Java reads the
			// class.
			var excluded = Pattern.compile("[" + members.substring(1) + "]");
			return (VISIBLE + OTHER_LETTERS).codePoints()
				.filter(it -> !excluded.matcher(Character.toString(it)).matches())
				.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
				.toString();
		}
		var characters = new StringBuilder();
		for (int i = 0; i < members.length(); i++) {
			char c = members.charAt(i);
			if (c == '\\') {
				characters.append(escape(members.charAt(++i)));
			}
			else if (i + 2 < members.length() && members.charAt(i + 1) == '-') {
				for (char member = c; member <= members.charAt(i + 2); member++) {
					characters.append(member);
				}
				i += 2;
			}
			else {
				characters.append(c);
			}
		}
		return characters.toString();
	}

}
