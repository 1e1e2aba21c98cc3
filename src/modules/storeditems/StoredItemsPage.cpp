#include "modules/storeditems/StoredItemsPage.h"

#include "engine/SiteSetup.h"
#include "modules/storeditems/StoredItemDepositWidget.h"
#include "modules/storeditems/StoredItemDetailWidget.h"
#include "modules/storeditems/StoredItemListModel.h"
#include "modules/storeditems/StoredItemPickupWidget.h"
#include "modules/storeditems/StoredItemReceiptPrinter.h"
#include "modules/storeditems/StoredItemService.h"
#include "widgets/Ask.h"
#include "widgets/FormEdits.h"
#include "widgets/KeepCurrent.h"
#include "widgets/TableSelection.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

StoredItemsPage::StoredItemsPage(const Uses& uses, QWidget* parent)
    : QWidget(parent), m_service(uses.storedItems), m_site(uses.site),
      m_model(new StoredItemListModel(uses.storedItems, uses.clock, this))
{
    setObjectName(u"storedItemsPage"_s);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"storageTabs"_s);

    auto* list = new QWidget(m_tabs);
    auto* bar = new QHBoxLayout;
    m_filter = new QLineEdit(list);
    m_filter->setObjectName(u"storageFilter"_s);
    m_filter->setPlaceholderText(tr("Filter: tag, unit, name, shelf or item"));
    m_filter->setClearButtonEnabled(true);
    m_includeEnded = new QCheckBox(tr("Show &collected and delivered"), list);
    m_includeEnded->setObjectName(u"storageIncludeEnded"_s);
    m_count = new QLabel(list);
    m_count->setObjectName(u"storageCount"_s);
    bar->addWidget(m_filter, 2);
    bar->addWidget(m_includeEnded);
    bar->addWidget(m_count, 1);
    m_table = new QTableView(list);
    m_table->setObjectName(u"storageTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(StoredItemListModel::Items, QHeaderView::Stretch);
    m_detail = new StoredItemDetailWidget(uses.storedItems, uses.clock, list);
    auto* split = new QSplitter(Qt::Vertical, list);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    m_message = new QLabel(list);
    m_message->setObjectName(u"storageMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    auto* listLayout = new QVBoxLayout(list);
    listLayout->addLayout(bar);
    listLayout->addWidget(m_message);
    listLayout->addWidget(split, 1);

    m_deposit = new StoredItemDepositWidget(uses.storedItems, uses.registry, uses.clock, m_tabs);
    m_pickup = new StoredItemPickupWidget(uses.storedItems, m_tabs);
    // "Saved, tag …" or "Handed out" was about the item before: typing the next one takes it away.
    for (QWidget* form : {static_cast<QWidget*>(m_deposit), static_cast<QWidget*>(m_pickup)})
        FormEdits::watch(form, this, [this] {
            m_message->clear();
            m_message->hide();
        });
    m_tabs->addTab(list, tr("In storage"));
    m_tabs->addTab(m_deposit, tr("New deposit"));
    m_tabs->addTab(m_pickup, tr("Pickup"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_deposit)
            m_deposit->refreshPickup();
    });
    connect(m_filter, &QLineEdit::textChanged, this, &StoredItemsPage::applyFilter);
    connect(m_includeEnded, &QCheckBox::toggled, this, &StoredItemsPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_detail->showItem(selectedItemId()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_rereading) // refresh() chooses the item again itself
            m_detail->showItem(selectedItemId());
    });
    connect(m_detail, &StoredItemDetailWidget::changed, this, [this](qint64 id) { changed(id, {}); });
    connect(m_detail, &StoredItemDetailWidget::printRequested, this, &StoredItemsPage::printSelected);
    connect(m_deposit, &StoredItemDepositWidget::deposited, this, [this](const StoredItem& s) {
        m_tabs->setCurrentIndex(0);
        changed(s.id, tr("Saved as %1 — shelf %2. Print the tag for the items.").arg(s.tag, s.shelf));
    });
    connect(m_pickup, &StoredItemPickupWidget::collected, this, [this](const StoredItem& s) {
        m_tabs->setCurrentIndex(0);
        changed(s.id, tr("%1 handed out to %2.").arg(s.tag, s.collectorName));
    });
    // R-PS-2: an item passing its expected pickup turns red, and its reminder shows, while the page stays open.
    KeepCurrent::follow(this, uses.minuteTick, [this] {
        m_model->redrawRows();
        m_detail->showItem(selectedItemId());
    });
}

void StoredItemsPage::setSession(const Session& session)
{
    m_session = session;
    m_detail->setSession(session);
    m_deposit->setSession(session);
    m_pickup->setSession(session);
    refresh();
}

void StoredItemsPage::refresh()
{
    const qint64 keep = selectedItemId();
    {
        // Not "nothing chosen" in between: the detail would drop what is typed for the item.
        const QScopedValueRollback rereading(m_rereading, true);
        m_model->refresh();
    }
    auto held = m_service.heldCount();
    m_count->setText(held ? tr("%n item(s) in storage", nullptr, static_cast<int>(held.value()))
                          : held.error().message);
    if (keep != 0)
        selectItem(keep);
    m_detail->showItem(selectedItemId());
}

void StoredItemsPage::applyFilter()
{
    m_model->setFilter({m_filter->text(), m_includeEnded->isChecked()});
}

qint64 StoredItemsPage::selectedItemId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->rowAt(current.row()).id : 0;
}

bool StoredItemsPage::selectItem(qint64 itemId)
{
    return TableSelection::select(m_table, m_model->fetchUntilFound([&] { return m_model->rowOf(itemId); }));
}

void StoredItemsPage::showRecord(qint64 itemId)
{
    m_tabs->setCurrentIndex(0);
    if (selectItem(itemId))
        return;
    auto item = m_service.find(itemId);
    if (!item)
        return;
    // Not in the list as filtered: clear the filter, and show ended items if this one has ended.
    m_filter->blockSignals(true);
    m_filter->clear();
    m_filter->blockSignals(false);
    m_includeEnded->blockSignals(true);
    m_includeEnded->setChecked(m_includeEnded->isChecked() || !item.value().held());
    m_includeEnded->blockSignals(false);
    applyFilter();
    selectItem(itemId);
}

void StoredItemsPage::showDeposit()
{
    m_tabs->setCurrentWidget(m_deposit);
}

void StoredItemsPage::showPickup()
{
    m_tabs->setCurrentWidget(m_pickup);
}

void StoredItemsPage::changed(qint64 itemId, const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    refresh();
    showRecord(itemId);
    emit itemChanged(itemId);
}

Status StoredItemsPage::printReceipt(qint64 itemId, const QString& path)
{
    auto item = m_service.find(itemId);
    if (!item)
        return item.error();
    auto signature = m_service.signature(item.value().depositSignatureId);
    if (!signature)
        return signature.error();
    return StoredItemReceiptPrinter::writePdf({m_site.siteName(), item.value(), signature.value()}, path);
}

void StoredItemsPage::printSelected(qint64 itemId)
{
    auto item = m_service.find(itemId);
    if (!item)
        return;
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/%1.pdf"_s.arg(item.value().tag);
    const QString path = Ask::saveFileName(this, tr("Save the tag as PDF"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status printed = printReceipt(itemId, path);
    m_message->setText(printed ? tr("Tag saved to %1.").arg(path) : printed.error().message);
    m_message->setVisible(true);
}

} // namespace fd
