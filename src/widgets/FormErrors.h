#pragma once

#include "core/Error.h"

#include <QHash>
#include <QPointer>
#include <QString>

class QLabel;
class QWidget;

namespace fd {

// Puts a service's Error next to the field it names. Every form binds its inputs to the service's
// field names once; show() then writes the message into that field's red label and focuses the input,
// so no form has to know which rule failed.
class FormErrors
{
public:
    // Makes a label look like a field error (red, wrapping) and hides it until it has a message.
    static QLabel* makeLabel(const QString& objectName, QWidget* parent);
    static void style(QLabel* label);

    void bind(const QString& field, QWidget* input, QLabel* label);
    // Makes the label and binds it in one step; an empty field makes it the fallback.
    QLabel* add(const QString& field, QWidget* input, const QString& objectName, QWidget* parent);
    // Where messages without a known field go (a line above the buttons).
    void setFallback(QLabel* label);
    void clear();
    void show(const Error& error);
    [[nodiscard]] QString message(const QString& field) const;

private:
    struct Binding
    {
        QPointer<QWidget> input;
        QPointer<QLabel> label;
    };
    static void setMessage(QLabel* label, const QString& text);

    QHash<QString, Binding> m_fields;
    QPointer<QLabel> m_fallback;
};

} // namespace fd
