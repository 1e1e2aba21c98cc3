#include "widgets/FormEdits.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace fd {

void FormEdits::watch(QWidget* form, QObject* context, std::function<void()> onEdit)
{
    const auto call = [onEdit] { onEdit(); };
    // An editable combo box, a spin box or a date edit types into a QLineEdit of its own: found here too.
    for (QLineEdit* edit : form->findChildren<QLineEdit*>())
        QObject::connect(edit, &QLineEdit::textEdited, context, call);
    for (QComboBox* combo : form->findChildren<QComboBox*>())
        QObject::connect(combo, &QComboBox::activated, context, call);
    for (QAbstractButton* button : form->findChildren<QAbstractButton*>())
        if (button->isCheckable() && !qobject_cast<QPushButton*>(button)) // a push button acts, it is no field
            QObject::connect(button, &QAbstractButton::clicked, context, call);
    // Only ever changed by the program when the form is cleared or loaded, which is before any new line.
    for (QPlainTextEdit* text : form->findChildren<QPlainTextEdit*>())
        if (!text->isReadOnly())
            QObject::connect(text, &QPlainTextEdit::textChanged, context, call);
}

} // namespace fd
