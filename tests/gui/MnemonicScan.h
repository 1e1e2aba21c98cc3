#pragma once

#include <QKeySequence>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

class QMenu;
class QWidget;

namespace fd::test {

// Everything that answers an Alt-letter in one window: label mnemonics (and their buddies), buttons,
// check boxes, radio buttons, group boxes, tabs, the menu bar's menus, QShortcuts and actions bound
// to Alt+letter. Widgets on different pages of one QStackedWidget (a page of the main window, a tab,
// a step of a dialog) are never shown together, so they may share a letter; everything else in the
// window may not. Hidden widgets count: they show for another role or another state of the form.
class MnemonicScan
{
public:
    struct Owner
    {
        QKeySequence key;                // Alt+X
        QString text;                    // what carries it, as shown ("部门(&D)", "Menu: &Language")
        const QObject* target = nullptr; // what the key reaches (a label's buddy, the button itself)
        const QWidget* where = nullptr;  // the widget that sits in the window
        QString path;                    // objectNames from the window down, to find it in the code
        QString scope;                   // the window itself, or one of its menus (a menu answers its own letters)
    };

    // Scans one window (a QMainWindow with its pages, or a dialog) under a name used in messages.
    MnemonicScan(QWidget* window, const QString& name);

    // "window 'X': Alt+D on 'De&partment' → dispatchDepartmentCombo and '&Dispatch' → …", one per clash.
    [[nodiscard]] QStringList clashes() const;
    // A label with an Alt-letter whose buddy is missing, is a label, cannot take focus, or is disabled
    // without a reason (tooltip) saying why.
    [[nodiscard]] QStringList deadLabels() const;
    [[nodiscard]] const QList<Owner>& owners() const { return m_owners; }

private:
    void add(const QKeySequence& key, const QString& text, const QObject* target, const QWidget* where,
             const QString& scope = {});
    void scanMenu(const QMenu* menu);
    [[nodiscard]] bool exclusive(const QWidget* a, const QWidget* b) const;
    [[nodiscard]] QString pathOf(const QObject* object) const;

    QPointer<QWidget> m_window;
    QString m_name;
    QList<Owner> m_owners;
    QStringList m_deadLabels;
};

} // namespace fd::test
