#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace fd {

// The one seam for questions, warnings and file choosers (issue 12; as KeePassXC's
// MessageBox::setNextAnswer): pages ask through it, and a test answers in advance instead of a
// dialog opening. Without a prepared answer the real dialog opens.
class Ask
{
public:
    // Save / Discard / Cancel style questions: the button pressed.
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    // Empty when the person cancelled.
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                const QString& filter);
    static QString openFileName(QWidget* parent, const QString& caption, const QString& folder,
                                const QString& filter);

    // Tests: the next question is answered with `button`, the next chooser with `path` (empty: as if
    // cancelled); each is used once, in order. asked() counts what was asked since the last reset().
    static void setNextAnswer(QMessageBox::StandardButton button);
    static void setNextFileName(const QString& path);
    [[nodiscard]] static int asked();
    [[nodiscard]] static QString lastText();
    static void reset();
};

} // namespace fd
