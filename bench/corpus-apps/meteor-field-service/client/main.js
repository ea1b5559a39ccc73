import { FlowRouter } from 'meteor/kadira:flow-router';
import { BlazeLayout } from 'meteor/kadira:blaze-layout';
import '/client/templates/workOrderList';
import '/client/templates/workOrderDetail';
import '/client/templates/statusPage';

FlowRouter.route('/board', {
  name: 'board',
  action() {
    BlazeLayout.render('appLayout', { main: 'workOrderList' });
  },
});

FlowRouter.route('/work-orders/:id', {
  name: 'workOrder',
  action() {
    BlazeLayout.render('appLayout', { main: 'workOrderDetail' });
  },
});

FlowRouter.route('/track/:token', {
  name: 'track',
  action() {
    BlazeLayout.render('appLayout', { main: 'statusPage' });
  },
});
