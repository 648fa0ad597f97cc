package app.notifications.notification;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders notifications from the Thymeleaf templates under
 * {@code templates/notifications/}: {@code <template>.txt} and {@code <template>.html}
 * for an email, {@code sms/<template>.txt} for a text message. The engine is this
 * module's own, not a bean, so that the web layer gets no view resolution from it; HTML
 * templates escape what they show.
 */
@Component
class Messages {

	private final TemplateEngine engine;

	Messages() {
		var templates = new ClassLoaderTemplateResolver(Messages.class.getClassLoader());
		templates.setPrefix("templates/notifications/");
		templates.setCharacterEncoding("UTF-8");
		templates.setTemplateMode(TemplateMode.HTML);
		templates.getTextTemplateModePatternSpec().addPattern("*.txt");
		templates.setCheckExistence(true);
		templates.setCacheable(true);
		var engine = new SpringTemplateEngine();
		engine.setTemplateResolver(templates);
		this.engine = engine;
	}

	/** An email, as its recipient reads it. */
	record Rendered(String subject, String text, String html) {
	}

	Rendered email(Template template, Contact contact, Facts facts) {
		var context = context(template, contact, facts);
		return new Rendered(template.subject(), engine.process(template.id() + ".txt", context).strip() + "\n",
				engine.process(template.id() + ".html", context));
	}

	String sms(Template template, Contact contact, Facts facts) {
		return engine.process("sms/" + template.id() + ".txt", context(template, contact, facts)).strip();
	}

	private static Context context(Template template, Contact contact, Facts facts) {
		var context = new Context();
		context.setVariables(Map.of("subject", template.subject(), "contact", contact, "facts", facts));
		return context;
	}

}
