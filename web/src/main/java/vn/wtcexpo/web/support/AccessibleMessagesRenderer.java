package vn.wtcexpo.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages, without {@code role="alert"} on each list item: that role takes the item out of its list
 * (axe-core, WCAG 1.3.1: a {@code <ul>} may hold only list items), and the messages' container is already a live
 * region that screen readers announce. Registered for p:messages in faces-config.xml.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages uiMessages, FacesMessage msg, String severity, boolean escape)
            throws IOException {
        super.encodeMessage(new ResponseWriterWrapper(writer) {
            @Override
            public void writeAttribute(String name, Object value, String property) throws IOException {
                if (!("role".equals(name) && "alert".equals(value))) {
                    super.writeAttribute(name, value, property);
                }
            }
        }, uiMessages, msg, severity, escape);
    }
}
