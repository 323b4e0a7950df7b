export default {
  routes: [
    {
      method: 'GET',
      path: '/calendar',
      handler: 'calendar.index',
      config: { policies: [] },
    },
  ],
};
