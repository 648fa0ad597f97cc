package app.deployment;

/**
 * The messages that cross a module's boundary when the module runs in a process of its
 * own: the commands others send it and the events it answers with. Declared by the
 * module, as a bean in its base package: a process that runs the module elsewhere keeps
 * this declaration, and with it knows what to send and what to expect.
 */
public interface MessageBoundary {

	/** The module, by name ({@code payments}). */
	String module();

	/** The commands other modules send this one, and the topic they travel on. */
	Topic inbound();

	/** The events this module sends the others, and the topic they travel on. */
	Topic outbound();

}
