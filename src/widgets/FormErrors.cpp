#include "widgets/FormErrors.h"

#include <QLabel>
#include <QLineEdit>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace fd {

QLabel* FormErrors::makeLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    style(label);
    return label;
}

void FormErrors::style(QLabel* label)
{
    // A fixed red rather than a palette role: the message must read as an error in every style.
    label->setStyleSheet(u"color: #c62828;"_s);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setVisible(!label->text().isEmpty());
}

QLabel* FormErrors::add(const QString& field, QWidget* input, const QString& objectName, QWidget* parent)
{
    QLabel* label = makeLabel(objectName, parent);
    if (field.isEmpty())
        setFallback(label);
    else
        bind(field, input, label);
    return label;
}

void FormErrors::bind(const QString& field, QWidget* input, QLabel* label)
{
    style(label);
    m_fields.insert(field, {input, label});
}

void FormErrors::setFallback(QLabel* label)
{
    style(label);
    m_fallback = label;
}

void FormErrors::setMessage(QLabel* label, const QString& text)
{
    if (!label)
        return;
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void FormErrors::clear()
{
    for (const Binding& b : std::as_const(m_fields))
        setMessage(b.label, {});
    setMessage(m_fallback, {});
}

void FormErrors::show(const Error& error)
{
    clear();
    const auto it = m_fields.constFind(error.field);
    if (it == m_fields.constEnd() || !it->label) {
        setMessage(m_fallback, error.message);
        return;
    }
    setMessage(it->label, error.message);
    if (QWidget* input = it->input) {
        input->setFocus(Qt::OtherFocusReason);
        if (auto* edit = qobject_cast<QLineEdit*>(input))
            edit->selectAll();
    }
}

QString FormErrors::message(const QString& field) const
{
    const auto it = m_fields.constFind(field);
    return it != m_fields.constEnd() && it->label ? it->label->text() : QString();
}

} // namespace fd
