#include "widgets/FormSnapshot.h"

#include "widgets/SignaturePad.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace fd {

QStringList FormSnapshot::of(const QWidget* root)
{
    QStringList values;
    if (!root)
        return values;
    for (const QWidget* w : root->findChildren<const QWidget*>()) {
        if (const auto* line = qobject_cast<const QLineEdit*>(w)) {
            // A combo box's own line edit is read with the combo box; a read-only one is not a field.
            if (!line->isReadOnly() && !qobject_cast<const QComboBox*>(line->parentWidget()))
                values << line->text();
        } else if (const auto* plain = qobject_cast<const QPlainTextEdit*>(w)) {
            if (!plain->isReadOnly())
                values << plain->toPlainText();
        } else if (const auto* rich = qobject_cast<const QTextEdit*>(w)) {
            if (!rich->isReadOnly())
                values << rich->toPlainText();
        } else if (const auto* combo = qobject_cast<const QComboBox*>(w)) {
            values << QString::number(combo->currentIndex()) + u'|' + combo->currentText();
        } else if (const auto* spin = qobject_cast<const QAbstractSpinBox*>(w)) {
            values << spin->text(); // spin boxes, date and time edits
        } else if (const auto* button = qobject_cast<const QAbstractButton*>(w)) {
            if (button->isCheckable())
                values << (button->isChecked() ? u"1"_s : u"0"_s);
        } else if (const auto* pad = qobject_cast<const SignaturePad*>(w)) {
            values << (pad->isEmpty() ? u"unsigned"_s : u"signed"_s);
        }
    }
    return values;
}

} // namespace fd
