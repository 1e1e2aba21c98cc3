#include "gui/Retranslator.h"

#include "core/DateTimeText.h"
#include "core/TranslationCatalog.h"
#include "core/Translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSet>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextEdit>
#include <QToolBox>
#include <QTreeWidget>
#include <QWizardPage>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

// The display formats of date and time edits, from the forms of the language before to those of the
// language now (DateTimeText), longest first so "M/d/yyyy h:mm AP" is not taken for "M/d/yyyy".
QList<QPair<QString, QString>>& editFormats()
{
    static QList<QPair<QString, QString>> formats;
    return formats;
}

QList<QString> dateTimeForms()
{
    return {DateTimeText::dateTimeFormat(), DateTimeText::dateFormat(), DateTimeText::timeFormat(),
            DateTimeText::shortDateFormat()};
}

// The tr() contexts `where` can speak for, nearest first: its classes and its parents' classes, with
// and without the namespace (forms made in Designer translate under the bare class name).
QStringList contextsOf(const QObject* where)
{
    QStringList out;
    for (const QObject* o = where; o; o = o->parent())
        for (const QMetaObject* m = o->metaObject(); m && m != &QObject::staticMetaObject; m = m->superClass()) {
            const QString name = QString::fromLatin1(m->className());
            out << name << name.section(u"::"_s, -1);
        }
    return out;
}

// Runs `set(retranslated(before))` when the text is one the catalog knows.
template <class Set> void redo(const QString& before, const QObject* where, const QString& from, Set set)
{
    if (before.isEmpty())
        return;
    const QString after = Retranslator::retranslated(before, where, from);
    if (after != before)
        set(after);
}

void redoItem(QTreeWidgetItem* item, const QObject* where, const QString& from)
{
    for (int c = 0; c < item->columnCount(); ++c) {
        redo(item->text(c), where, from, [&](const QString& t) { item->setText(c, t); });
        redo(item->toolTip(c), where, from, [&](const QString& t) { item->setToolTip(c, t); });
    }
    for (int i = 0; i < item->childCount(); ++i)
        redoItem(item->child(i), where, from);
}

void redoTableItem(QTableWidgetItem* item, const QObject* where, const QString& from)
{
    if (!item)
        return;
    redo(item->text(), where, from, [&](const QString& t) { item->setText(t); });
    redo(item->toolTip(), where, from, [&](const QString& t) { item->setToolTip(t); });
}

// Views ask their model again: headers and every cell of the top level (a model's header and
// display texts are built in data()/headerData() with tr()).
void touchModel(QAbstractItemModel* model, const QObject* where, const QString& from)
{
    while (auto* proxy = qobject_cast<QAbstractProxyModel*>(model))
        model = proxy->sourceModel();
    if (!model)
        return;
    if (auto* standard = qobject_cast<QStandardItemModel*>(model)) {
        for (int c = 0; c < standard->columnCount(); ++c)
            if (QStandardItem* header = standard->horizontalHeaderItem(c))
                redo(header->text(), where, from, [&](const QString& t) { header->setText(t); });
    }
    const int rows = model->rowCount();
    const int columns = model->columnCount();
    if (columns > 0)
        emit model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (rows > 0)
        emit model->headerDataChanged(Qt::Vertical, 0, rows - 1);
    if (rows > 0 && columns > 0)
        emit model->dataChanged(model->index(0, 0), model->index(rows - 1, columns - 1));
}

void retranslateWidget(QWidget* w, const QString& from)
{
    using S = const QString&;
    redo(w->windowTitle(), w, from, [&](S t) { w->setWindowTitle(t); });
    redo(w->toolTip(), w, from, [&](S t) { w->setToolTip(t); });
    redo(w->statusTip(), w, from, [&](S t) { w->setStatusTip(t); });
    redo(w->whatsThis(), w, from, [&](S t) { w->setWhatsThis(t); });
    redo(w->accessibleName(), w, from, [&](S t) { w->setAccessibleName(t); });
    redo(w->accessibleDescription(), w, from, [&](S t) { w->setAccessibleDescription(t); });
    if (auto* label = qobject_cast<QLabel*>(w))
        redo(label->text(), w, from, [&](S t) { label->setText(t); });
    else if (auto* button = qobject_cast<QAbstractButton*>(w))
        redo(button->text(), w, from, [&](S t) { button->setText(t); });
    else if (auto* group = qobject_cast<QGroupBox*>(w))
        redo(group->title(), w, from, [&](S t) { group->setTitle(t); });
    else if (auto* line = qobject_cast<QLineEdit*>(w))
        redo(line->placeholderText(), w, from, [&](S t) { line->setPlaceholderText(t); });
    else if (auto* text = qobject_cast<QTextEdit*>(w))
        redo(text->placeholderText(), w, from, [&](S t) { text->setPlaceholderText(t); });
    else if (auto* plain = qobject_cast<QPlainTextEdit*>(w))
        redo(plain->placeholderText(), w, from, [&](S t) { plain->setPlaceholderText(t); });
    else if (auto* menu = qobject_cast<QMenu*>(w))
        redo(menu->title(), w, from, [&](S t) { menu->setTitle(t); });
    else if (auto* page = qobject_cast<QWizardPage*>(w)) {
        redo(page->title(), w, from, [&](S t) { page->setTitle(t); });
        redo(page->subTitle(), w, from, [&](S t) { page->setSubTitle(t); });
    } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
        redo(combo->placeholderText(), w, from, [&](S t) { combo->setPlaceholderText(t); });
        if (!combo->isEditable()) // an editable combo's text is what the clerk typed
            for (int i = 0; i < combo->count(); ++i)
                redo(combo->itemText(i), w, from, [&](S t) { combo->setItemText(i, t); });
    } else if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
        for (int i = 0; i < tabs->count(); ++i) {
            redo(tabs->tabText(i), w, from, [&](S t) { tabs->setTabText(i, t); });
            redo(tabs->tabToolTip(i), w, from, [&](S t) { tabs->setTabToolTip(i, t); });
        }
    } else if (auto* box = qobject_cast<QToolBox*>(w)) {
        for (int i = 0; i < box->count(); ++i)
            redo(box->itemText(i), w, from, [&](S t) { box->setItemText(i, t); });
    }
    if (auto* edit = qobject_cast<QDateTimeEdit*>(w)) {
        const QString format = edit->displayFormat();
        for (const auto& [before, after] : std::as_const(editFormats()))
            if (format.startsWith(before)) {
                edit->setDisplayFormat(after + format.mid(before.size()));
                break;
            }
    }
    if (auto* spin = qobject_cast<QAbstractSpinBox*>(w))
        redo(spin->specialValueText(), w, from, [&](S t) { spin->setSpecialValueText(t); });
    if (auto* spin = qobject_cast<QSpinBox*>(w)) {
        redo(spin->prefix(), w, from, [&](S t) { spin->setPrefix(t); });
        redo(spin->suffix(), w, from, [&](S t) { spin->setSuffix(t); });
    }
    if (auto* spin = qobject_cast<QDoubleSpinBox*>(w)) {
        redo(spin->prefix(), w, from, [&](S t) { spin->setPrefix(t); });
        redo(spin->suffix(), w, from, [&](S t) { spin->setSuffix(t); });
    }

    if (auto* list = qobject_cast<QListWidget*>(w)) {
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem* item = list->item(i);
            redo(item->text(), w, from, [&](S t) { item->setText(t); });
            redo(item->toolTip(), w, from, [&](S t) { item->setToolTip(t); });
        }
    } else if (auto* tree = qobject_cast<QTreeWidget*>(w)) {
        if (QTreeWidgetItem* header = tree->headerItem())
            for (int c = 0; c < header->columnCount(); ++c)
                redo(header->text(c), w, from, [&](S t) { header->setText(c, t); });
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            redoItem(tree->topLevelItem(i), w, from);
    } else if (auto* table = qobject_cast<QTableWidget*>(w)) {
        for (int c = 0; c < table->columnCount(); ++c)
            redoTableItem(table->horizontalHeaderItem(c), w, from);
        for (int r = 0; r < table->rowCount(); ++r) {
            redoTableItem(table->verticalHeaderItem(r), w, from);
            for (int c = 0; c < table->columnCount(); ++c)
                redoTableItem(table->item(r, c), w, from);
        }
    } else if (auto* view = qobject_cast<QAbstractItemView*>(w)) {
        touchModel(view->model(), w, from);
    }
}

void retranslateAction(QAction* action, const QString& from)
{
    using S = const QString&;
    const QObject* where = action->parent();
    redo(action->text(), where, from, [&](S t) { action->setText(t); });
    redo(action->toolTip(), where, from, [&](S t) { action->setToolTip(t); });
    redo(action->statusTip(), where, from, [&](S t) { action->setStatusTip(t); });
}

} // namespace

QString Retranslator::retranslated(const QString& text, const QObject* where, const QString& from)
{
    if (text.isEmpty())
        return text;
    // The source texts are English; any other language is looked up by its translations.
    const TranslationCatalog& catalog =
        TranslationCatalog::forLanguage(from == u"en"_s ? Translations::available().constFirst() : from);
    const QList<const TranslationCatalog::Message*> candidates =
        from == u"en"_s ? catalog.withSource(text) : catalog.withTranslation(text);
    if (candidates.isEmpty())
        return text;
    const TranslationCatalog::Message* chosen = candidates.constFirst();
    if (candidates.size() > 1) {
        const QStringList contexts = contextsOf(where);
        qsizetype best = contexts.size();
        for (const TranslationCatalog::Message* m : candidates)
            if (const qsizetype at = contexts.indexOf(m->context); at >= 0 && at < best) {
                best = at;
                chosen = m;
            }
    }
    const QByteArray comment = chosen->comment.toUtf8();
    return QCoreApplication::translate(chosen->context.toUtf8().constData(), chosen->source.toUtf8().constData(),
                                       comment.isEmpty() ? nullptr : comment.constData());
}

void Retranslator::retranslate(QWidget* root, const QString& from)
{
    if (!root)
        return;
    retranslateWidget(root, from);
    for (QWidget* w : root->findChildren<QWidget*>())
        retranslateWidget(w, from);
    QSet<QAction*> done;
    const auto actions = root->findChildren<QAction*>();
    for (QAction* action : actions)
        if (!done.contains(action)) {
            done.insert(action);
            retranslateAction(action, from);
        }
}

QString Retranslator::switchTo(const QString& language)
{
    const QString from = Translations::current();
    const QList<QString> formsBefore = dateTimeForms();
    const QString now = Translations::install(language);
    if (now == from)
        return now;
    const QList<QString> formsNow = dateTimeForms();
    editFormats().clear();
    for (int i = 0; i < formsBefore.size(); ++i)
        editFormats().append({formsBefore[i], formsNow[i]});
    // Pop-up menus and the main window's children are both reachable from the top: each once.
    QSet<QWidget*> inside;
    const auto tops = QApplication::topLevelWidgets();
    for (QWidget* top : tops)
        for (QWidget* w : top->findChildren<QWidget*>())
            inside.insert(w);
    for (QWidget* top : tops)
        if (!inside.contains(top))
            retranslate(top, from);
    return now;
}

} // namespace fd
