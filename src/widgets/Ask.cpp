#include "widgets/Ask.h"

#include <QFileDialog>
#include <QList>

namespace fd {

namespace {

struct Prepared
{
    QList<QMessageBox::StandardButton> answers;
    QList<QString> files;
    int asked = 0;
    QString lastText;
};

Prepared& prepared()
{
    static Prepared p;
    return p;
}

} // namespace

QMessageBox::StandardButton Ask::question(QWidget* parent, const QString& title, const QString& text,
                                          QMessageBox::StandardButtons buttons,
                                          QMessageBox::StandardButton defaultButton)
{
    Prepared& p = prepared();
    ++p.asked;
    p.lastText = text;
    if (!p.answers.isEmpty())
        return p.answers.takeFirst();
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void Ask::warning(QWidget* parent, const QString& title, const QString& text)
{
    Prepared& p = prepared();
    ++p.asked;
    p.lastText = text;
    if (!p.answers.isEmpty()) {
        p.answers.takeFirst();
        return;
    }
    QMessageBox::warning(parent, title, text);
}

QString Ask::saveFileName(QWidget* parent, const QString& caption, const QString& suggested, const QString& filter)
{
    Prepared& p = prepared();
    ++p.asked;
    p.lastText = caption;
    if (!p.files.isEmpty())
        return p.files.takeFirst();
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString Ask::openFileName(QWidget* parent, const QString& caption, const QString& folder, const QString& filter)
{
    Prepared& p = prepared();
    ++p.asked;
    p.lastText = caption;
    if (!p.files.isEmpty())
        return p.files.takeFirst();
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

void Ask::setNextAnswer(QMessageBox::StandardButton button)
{
    prepared().answers.append(button);
}

void Ask::setNextFileName(const QString& path)
{
    prepared().files.append(path);
}

int Ask::asked()
{
    return prepared().asked;
}

QString Ask::lastText()
{
    return prepared().lastText;
}

void Ask::reset()
{
    prepared() = Prepared{};
}

} // namespace fd
